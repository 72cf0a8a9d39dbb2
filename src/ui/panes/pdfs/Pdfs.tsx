// PDFs pane: look invoices up in the PDF index (pasted list, current query, ticked rows or the sheet's
// selection), show found/duplicate/missing/suspicious with links, ZIP them, copy the missing ones.
import {ErrorBox} from '../../components/ErrorBox';
import {ProgressBar} from '../../components/ProgressBar';
import {Spinner} from '../../components/Spinner';
import {Form} from './Form';
import {Results} from './Results';
import {usePdfs} from './usePdfs';

/** The PDFs pane: the form, the search's progress or error, and its results. */
export function Pdfs() {
  const pdfs = usePdfs();
  const {found, progress} = pdfs;
  return (
    <div>
      <Form pdfs={pdfs} />
      {found.loading &&
        (progress ? (
          <ProgressBar
            label={progress.label}
            done={progress.done}
            total={progress.total}
          />
        ) : (
          <Spinner />
        ))}
      {found.error && <ErrorBox message={found.error} onRetry={found.retry} />}
      {found.data && (
        <Results key={pdfs.searchId} result={found.data} pdfs={pdfs} />
      )}
    </div>
  );
}
