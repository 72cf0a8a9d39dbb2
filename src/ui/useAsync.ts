// A hook for one server call at a time: loading flag, result, the server's error and a retry.
import {useCallback, useRef, useState} from 'preact/hooks';

/** The state of an asynchronous call as the UI shows it. */
export interface AsyncState<T> {
  loading: boolean;
  data: T | null;
  error: string | null;
  /** Starts (or restarts) the call; a later run supersedes an earlier one still in flight. */
  run: (task: () => Promise<T>) => Promise<T | null>;
  /** Runs the last task again (the "Reintentar" button). */
  retry: () => void;
  /** Clears result and error. */
  reset: () => void;
}

/** Tracks one server call; results of superseded calls are ignored. */
export function useAsync<T>(initial: T | null = null): AsyncState<T> {
  const [loading, setLoading] = useState(false);
  const [data, setData] = useState<T | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const lastTask = useRef<(() => Promise<T>) | null>(null);

  const run = useCallback(async (task: () => Promise<T>) => {
    const mine = ++generation.current;
    lastTask.current = task;
    setLoading(true);
    setError(null);
    try {
      const value = await task();
      if (mine === generation.current) setData(value);
      return value;
    } catch (e) {
      // The failure replaces the last result: no stale success beside the new error.
      if (mine === generation.current) {
        setData(null);
        setError(errorMessage(e));
      }
      return null;
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  const retry = useCallback(() => {
    if (lastTask.current) void run(lastTask.current);
  }, [run]);

  const reset = useCallback(() => {
    generation.current++;
    setLoading(false);
    setData(null);
    setError(null);
  }, []);

  return {loading, data, error, run, retry, reset};
}

/** The message to show for anything thrown: the server's Spanish text when there is one. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'string' && e) return e;
  return 'Ocurrió un error inesperado. Intente de nuevo.';
}
