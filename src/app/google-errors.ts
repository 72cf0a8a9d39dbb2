// Google's failures sorted into kinds (from the message text, the one thing every service error
// carries) and the Spanish sentence a user sees for each kind.

/**
 * rate-limit: a per-minute quota (Sheets 429, Drive 403/429): retried with backoff.
 * server: a transient server error (5xx, "Backend Error", "failed while accessing document").
 * timeout: the service took too long ("Service Spreadsheets timed out ...").
 * daily-quota: a per-day quota (MailApp recipients, ...): never retried, it resets tomorrow.
 * permanent: anything else (bad input, not found, no permission, the add-on's own messages).
 */
export type GoogleErrorKind =
  'rate-limit' | 'server' | 'timeout' | 'daily-quota' | 'permanent';

/**
 * Google's own texts per kind. Sources: developers.google.com/apps-script/guides/services/quotas
 * ("Service invoked too many times for one day: email."), developers.google.com/sheets/api/limits
 * (429 "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per
 * user' ..."), developers.google.com/workspace/drive/api/guides/handle-errors (403/429 "User Rate
 * Limit Exceeded" / "Rate Limit Exceeded", 500 "Backend Error", dailyLimitExceeded), and public
 * Apps Script execution logs for SpreadsheetApp ("Service Spreadsheets timed out / failed while
 * accessing document with id ..."). Daily quotas first: "too many times for one day" is not a
 * per-minute limit.
 */
const PATTERNS: ReadonlyArray<readonly [GoogleErrorKind, RegExp]> = [
  [
    'daily-quota',
    /Service invoked too many times for one day|too much computer time for one day|Daily Limit Exceeded|dailyLimitExceeded/i,
  ],
  [
    'rate-limit',
    /Quota exceeded for quota metric|Rate Limit Exceeded|rateLimitExceeded|Too Many Requests|Service invoked too many times in a short time/i,
  ],
  ['timeout', /Service \w+ timed out|Service timed out/i],
  [
    'server',
    /The service is currently unavailable|Backend Error|backendError|Internal error encountered|Service \w+ failed while accessing document|a server error occurred|Service error: |Server not available|Bad Gateway|Service Unavailable/i,
  ],
];

/** The message of anything thrown (an Error's message, else its string form). */
export function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error)
    return String((error as {message: unknown}).message);
  return String(error);
}

/**
 * The kind of a failure, read from its message only: whether an advanced-service error carries
 * `details` or a `code` is not documented, so neither is relied on.
 */
export function classifyGoogleError(error: unknown): GoogleErrorKind {
  const message = messageOf(error);
  for (const [kind, pattern] of PATTERNS)
    if (pattern.test(message)) return kind;
  return 'permanent';
}

/** Whether a failure of this kind may succeed if the same call is made again a little later. */
export function isTransientKind(kind: GoogleErrorKind): boolean {
  return kind === 'rate-limit' || kind === 'server' || kind === 'timeout';
}

/** The Spanish sentence for a failure that retries did not overcome, saying what to do. */
function spanishFor(kind: GoogleErrorKind, message: string): string {
  switch (kind) {
    case 'rate-limit':
      if (/Write requests/i.test(message))
        return 'Google limita las escrituras por minuto; intente de nuevo en un minuto.';
      if (/sheets\.googleapis\.com|Read requests/i.test(message))
        return 'Google limita las lecturas por minuto; intente de nuevo en un minuto.';
      return 'Google limita las solicitudes por minuto; intente de nuevo en un minuto.';
    case 'server':
      return 'El servicio de Google no respondió; intente de nuevo en unos minutos.';
    case 'timeout':
      return 'Google Sheets tardó demasiado en responder; intente de nuevo en unos minutos.';
    case 'daily-quota':
      if (/: email\b/i.test(message))
        return 'Se alcanzó el límite diario de correos de su cuenta de Google; el envío se podrá hacer mañana.';
      return 'Se alcanzó un límite diario de Google para su cuenta; intente de nuevo mañana.';
    case 'permanent':
      return message;
  }
}

/** Where Google's text starts inside a message the add-on wrapped ("falló la escritura (API call ...)"). */
const GOOGLE_TEXT =
  /(?:API call to \S+ failed with error: )?(?:Quota exceeded for quota metric|The service is currently unavailable|Backend Error|User Rate Limit Exceeded|Rate Limit Exceeded|Internal error encountered|Service \w+ (?:timed out|failed) while accessing document|Service invoked too many times|We're sorry, a server error occurred|Service error: |Service timed out)[^()]*/i;

/**
 * What the user reads for a failure: Google's English text replaced by the Spanish sentence of its
 * kind (keeping the add-on's own Spanish context around it); other messages unchanged.
 */
export function userMessage(error: unknown): string {
  const message = messageOf(error);
  const kind = classifyGoogleError(message);
  if (kind === 'permanent') return message;
  const spanish = spanishFor(kind, message);
  const at = message.search(GOOGLE_TEXT);
  if (at <= 0) return spanish;
  return message.replace(GOOGLE_TEXT, spanish.replace(/\.$/, ''));
}

/**
 * In a catch that turns a failure into "not found" or "no access": rethrows Google's transient
 * and quota failures unchanged (the entry point words them), so a busy minute is never reported
 * as a missing file.
 */
export function rethrowIfNotPermanent(error: unknown): void {
  if (classifyGoogleError(error) !== 'permanent') throw error;
}
