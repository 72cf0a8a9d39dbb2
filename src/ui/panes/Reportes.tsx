// Reportes pane: the slot the reports feature (issue 10) fills with on-demand and scheduled reports.
/** Until the reports feature lands, says so plainly instead of offering buttons that do nothing. */
export function Reportes() {
  return (
    <div class="notice" role="note">
      Los reportes (a pedido y programados) todavía no están disponibles en esta
      versión del complemento.
    </div>
  );
}
