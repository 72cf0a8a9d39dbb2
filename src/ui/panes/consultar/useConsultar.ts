// The Consultar pane's state and actions: the form (kept for the session), its choices, the query and the export.
import {useEffect, useRef, useState} from 'preact/hooks';
import {
  CONSOLIDATED_TAB,
  type DateFieldKey,
  type ExportResult,
  type FilterOptions,
  type InvoicePage,
  type InvoiceQuery,
} from '../../../common/master-api';
import {call} from '../../call';
import {loadState, saveState} from '../../storage';
import {type AsyncState, useAsync} from '../../useAsync';
import {useShared} from '../../shared-state';

const PAGE_SIZE = 25;
/** Wait after the last change of tab or NITs before asking for the filter choices again. */
const OPTIONS_DELAY_MS = 400;

/** The form as the user fills it (kept for the browser session). */
export interface FormState {
  tab: string;
  nits: string[];
  desembolsos: string[];
  dateField: DateFieldKey;
  from: string;
  to: string;
  text: string;
}

const EMPTY_FORM: FormState = {
  tab: CONSOLIDATED_TAB,
  nits: [],
  desembolsos: [],
  dateField: 'issueDate',
  from: '',
  to: '',
  text: '',
};

/** The query a form asks for (empty parts left out). */
function toQuery(f: FormState, page: number): InvoiceQuery {
  const q: InvoiceQuery = {tab: f.tab, page, pageSize: PAGE_SIZE};
  if (f.nits.length) q.nits = f.nits;
  if (f.desembolsos.length) q.desembolsos = f.desembolsos;
  if (f.from || f.to) q.dateField = f.dateField;
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  if (f.text.trim()) q.text = f.text.trim();
  return q;
}

/** The Consultar pane's state. */
export interface ConsultarState {
  form: FormState;
  setForm: (patch: Partial<FormState>) => void;
  options: AsyncState<FilterOptions>;
  loadOptions: () => void;
  results: AsyncState<InvoicePage>;
  exported: AsyncState<ExportResult>;
  resultsHeading: {current: HTMLHeadingElement | null};
  submit: (e: Event) => void;
  goToPage: (page: number) => void;
  clear: () => void;
  exportQuery: () => void;
}

/** The state and actions of Consultar; the last query is re-run when the sidebar reopens. */
export function useConsultar(): ConsultarState {
  const shared = useShared();
  const [form, setFormState] = useState<FormState>(() => ({
    ...EMPTY_FORM,
    ...loadState<Partial<FormState>>('consultar.form', {}),
  }));
  const options = useAsync<FilterOptions>();
  const results = useAsync<InvoicePage>();
  const exported = useAsync<ExportResult>();
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const setForm = (patch: Partial<FormState>) => {
    const next = {...form, ...patch};
    setFormState(next);
    saveState('consultar.form', next);
  };

  // Choices depend on the tab and the NITs picked (codes are narrowed to those NITs).
  const nitKey = form.nits.join('|');
  const loadOptions = () =>
    void options.run(() =>
      call('listFilterOptions', {tab: form.tab, nits: form.nits}),
    );
  useEffect(() => {
    // Picking several NITs in a row asks once, after the last pick.
    const timer = setTimeout(loadOptions, OPTIONS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form.tab, nitKey]);

  const runQuery = async (query: InvoiceQuery, focusResults: boolean) => {
    shared.setQuery({...query, page: 0});
    const page = await results.run(() => call('queryInvoices', query));
    if (page && focusResults) resultsHeading.current?.focus();
  };
  // Reopened sidebar: show the last results again (the server answers from its snapshot).
  useEffect(() => {
    if (shared.query)
      void runQuery(
        {...shared.query, page: loadState('consultar.page', 0)},
        false,
      );
  }, []);

  const submit = (e: Event) => {
    e.preventDefault();
    saveState('consultar.page', 0);
    exported.reset();
    void runQuery(toQuery(form, 0), true);
  };
  const goToPage = (page: number) => {
    if (!shared.query) return;
    saveState('consultar.page', page);
    void runQuery({...shared.query, page}, true);
  };
  const clear = () => {
    setForm(EMPTY_FORM);
    results.reset();
    exported.reset();
    shared.setQuery(null);
    shared.setPicked([]);
  };
  const exportQuery = () => {
    const query = shared.query;
    if (query)
      void exported.run(() => call('exportQuery', {...query, page: 0}));
  };

  return {
    form,
    setForm,
    options,
    loadOptions,
    results,
    exported,
    resultsHeading,
    submit,
    goToPage,
    clear,
    exportQuery,
  };
}
