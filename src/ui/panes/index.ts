// The sidebar's panes, in tab order: key, Spanish tab label and component.
import type {FunctionComponent} from 'preact';
import {Consultar} from './Consultar';
import {Pdfs} from './Pdfs';
import {Indice} from './Indice';
import {Reportes} from './Reportes';
import {Consolidar} from './Consolidar';
import {Configuracion} from './Configuracion';

/** Keys of the panes (also stored to reopen the last one). */
export type PaneKey =
  'consultar' | 'pdfs' | 'indice' | 'reportes' | 'consolidar' | 'configuracion';

/** One pane of the sidebar. */
export interface PaneDef {
  key: PaneKey;
  label: string;
  Component: FunctionComponent;
}

/** Every pane, in tab order. */
export const PANES: readonly PaneDef[] = [
  {key: 'consultar', label: 'Consultar', Component: Consultar},
  {key: 'pdfs', label: 'PDFs', Component: Pdfs},
  {key: 'indice', label: 'Índice', Component: Indice},
  {key: 'reportes', label: 'Reportes', Component: Reportes},
  {key: 'consolidar', label: 'Consolidar', Component: Consolidar},
  {key: 'configuracion', label: 'Configuración', Component: Configuracion},
];

/** Whether a stored string names a pane. */
export function isPaneKey(s: string): s is PaneKey {
  return PANES.some(p => p.key === s);
}
