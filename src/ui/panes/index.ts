// The sidebar's panes, in tab order: key, Spanish tab label and component.
import type {FunctionComponent} from 'preact';
import {Consultar} from './consultar/Consultar';
import {Pdfs} from './pdfs/Pdfs';
import {Indice} from './indice/Indice';
import {Reportes} from './reportes/Reportes';
import {Consolidar} from './consolidar/Consolidar';
import {Configuracion} from './configuracion/Configuracion';

/** One pane of the sidebar: its key (also stored to reopen the last one), tab label and component. */
export interface PaneDef {
  key: string;
  label: string;
  Component: FunctionComponent;
}

/** The registry of panes, in tab order: adding a pane is one row here plus its component. */
export const PANES = [
  {key: 'consultar', label: 'Consultar', Component: Consultar},
  {key: 'pdfs', label: 'PDFs', Component: Pdfs},
  {key: 'indice', label: 'Índice', Component: Indice},
  {key: 'reportes', label: 'Reportes', Component: Reportes},
  {key: 'consolidar', label: 'Consolidar', Component: Consolidar},
  {key: 'configuracion', label: 'Configuración', Component: Configuracion},
] as const satisfies readonly PaneDef[];

/** The key of a pane: one of PANES. */
export type PaneKey = (typeof PANES)[number]['key'];

/** Whether a stored string names a pane. */
export function isPaneKey(s: string): s is PaneKey {
  return PANES.some(p => p.key === s);
}
