// A determinate (done of total) or indeterminate progress bar with a visible text label.
import {formatCount} from '../format';

/** Props: a label, and done/total when known (otherwise the bar is indeterminate). */
export interface ProgressBarProps {
  label: string;
  done?: number | null;
  total?: number | null;
}

/** A progress bar announced to assistive technology; the label says what is being done. */
export function ProgressBar({label, done, total}: ProgressBarProps) {
  const known =
    typeof done === 'number' && typeof total === 'number' && total > 0;
  const pct = known ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div class="progress" data-testid="progress">
      <div class="progress-label" aria-live="polite">
        {label}
        {known && ` · ${formatCount(done)} de ${formatCount(total)} (${pct} %)`}
      </div>
      <div
        class={known ? 'progress-track' : 'progress-track indeterminate'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct ?? undefined}
      >
        <div
          class="progress-fill"
          style={known ? {width: `${pct}%`} : undefined}
        />
      </div>
    </div>
  );
}
