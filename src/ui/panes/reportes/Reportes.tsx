// Reportes pane: generate the report tabs now, schedule them (one time-driven trigger), see past runs.
import {GenerateNow} from './GenerateNow';
import {History} from './History';
import {Schedule} from './Schedule';

/** The Reportes pane: its three sections. */
export function Reportes() {
  return (
    <div class="stack">
      <GenerateNow />
      <Schedule />
      <History />
    </div>
  );
}
