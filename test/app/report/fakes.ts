// In-memory ports for the report use cases, with a clock that each port call advances.
import type {
  MasterData,
  ReportPorts,
  ScheduleStore,
  TriggerPort,
} from '../../../src/app/report/ports';
import type {TabContent} from '../../../src/domain/report/content';
import type {ExistingTab} from '../../../src/domain/report/tabs';
import type {PdfIndexEntry} from '../../../src/domain/pdf/match';
import type {
  ReportHistoryEntry,
  ScheduleSettings,
} from '../../../src/common/report-api';
import type {TriggerStep} from '../../../src/domain/report/schedule';

export interface FakeWorld {
  now: number;
  tabs: Array<ExistingTab & {content?: TabContent}>;
  state: string | null;
  history: ReportHistoryEntry[];
  locked: boolean;
  mails: Array<{to: string[]; subject: string; body: string}>;
  quota: number;
  reads: number;
  /** Modeled ms of one Master read. */
  readMs: number;
  /** Index refreshes left before it reports done. */
  indexRunsLeft: number;
  entries: PdfIndexEntry[];
}

export function fakeWorld(master: MasterData): {
  world: FakeWorld;
  ports: ReportPorts;
} {
  const world: FakeWorld = {
    now: Date.UTC(2025, 9, 1, 13),
    tabs: [],
    state: null,
    history: [],
    locked: false,
    mails: [],
    quota: 100,
    reads: 0,
    readMs: 5000,
    indexRunsLeft: 0,
    entries: [],
  };
  const tick = (ms: number) => (world.now += ms);
  const ports: ReportPorts = {
    master: {
      read() {
        world.reads++;
        tick(world.readMs);
        return master;
      },
    },
    pdfIndex: {
      configured: () => true,
      refresh() {
        tick(1000);
        if (world.indexRunsLeft > 0) {
          world.indexRunsLeft--;
          tick(230_000);
          return {done: false, message: 'Índice en construcción.'};
        }
        return {done: true, message: 'ok'};
      },
      entries: () => world.entries,
    },
    sheets: {
      list: () =>
        world.tabs.map(t => ({
          name: t.name,
          reportId: t.reportId,
          generated: t.generated,
        })),
      archive(from, to) {
        const t = world.tabs.find(x => x.name === from);
        if (!t) throw new Error(`no tab ${from}`);
        t.name = to;
        t.reportId = null;
        t.generated = undefined;
      },
      write(id, name, reuse, content, generated) {
        tick(1000);
        let t = world.tabs.find(x => x.name === name);
        if (reuse) {
          if (!t || t.reportId !== id) throw new Error(`not ours: ${name}`);
        } else {
          if (t) throw new Error(`exists: ${name}`);
          t = {name, reportId: id};
          world.tabs.push(t);
        }
        t.content = content;
        t.generated = generated;
        return {
          cells:
            content.grid.values.length * (content.grid.values[0]?.length ?? 0),
          url: `#${name}`,
        };
      },
    },
    state: {
      load: () => world.state,
      save: json => void (world.state = json),
      clear: () => void (world.state = null),
    },
    history: {
      append: e => void world.history.push(e),
      latest: n => world.history.slice(-n).reverse(),
    },
    lock: {
      take: () => {
        if (world.locked)
          return 'Se está generando el informe en este documento desde el 01/10/2025 08:00, iniciado por otra@finkargo.com.';
        world.locked = true;
        return null;
      },
      release: () => void (world.locked = false),
    },
    mail: {
      remainingDailyQuota: () => world.quota,
      send: (to, subject, body) => void world.mails.push({to, subject, body}),
    },
    exporter: {
      save: (_format, folder, name) => `https://drive/${folder}/${name}`,
    },
    context: {
      now: () => world.now,
      timeZone: 'America/Bogota',
      user: 'ana@finkargo.com',
      spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/x',
      spreadsheetName: 'Facturación',
    },
    settings: () => ({
      recipients: ['jefe@finkargo.com'],
      exportFolder: 'folder1',
    }),
  };
  return {world, ports};
}

/** Fake triggers and schedule store. */
export function fakeTriggers(): {
  triggers: TriggerPort & {
    list: Array<{id: string; handler: string; steps: TriggerStep[]}>;
  };
  store: ScheduleStore & {map: Map<string, ScheduleSettings>};
} {
  const list: Array<{id: string; handler: string; steps: TriggerStep[]}> = [];
  let seq = 0;
  const map = new Map<string, ScheduleSettings>();
  return {
    triggers: {
      list,
      clockTriggers: () => list.map(t => ({id: t.id, handler: t.handler})),
      create(handler, steps) {
        if (list.length > 0) {
          throw new Error(
            'This add-on has created too many time-based triggers in this document for this Google user account',
          );
        }
        const id = `t${++seq}`;
        list.push({id, handler, steps});
        return id;
      },
      remove(id) {
        const i = list.findIndex(t => t.id === id);
        if (i >= 0) list.splice(i, 1);
      },
    },
    store: {
      map,
      load: id => map.get(id) ?? null,
      save: (id, s) => void map.set(id, s),
      remove: id => void map.delete(id),
    },
  };
}
