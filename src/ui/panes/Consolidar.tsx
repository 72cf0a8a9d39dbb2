// Consolidar pane: the slot the consolidation feature (issue 11) fills (NetSuite + Noova exports).
/** Until the consolidation feature lands, says so plainly instead of offering buttons that do nothing. */
export function Consolidar() {
  return (
    <div class="notice" role="note">
      La consolidación de exportaciones de NetSuite y Noova todavía no está
      disponible en esta versión del complemento.
    </div>
  );
}
