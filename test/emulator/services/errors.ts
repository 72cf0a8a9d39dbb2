// The texts the small services (Lock, MailApp, Properties, ScriptApp triggers) throw, in one place,
// each with where it comes from (docs/platform.md quotes the platform's wording and its quotas page).

/**
 * waitLock past its timeout: reference/lock/lock#waitlocktimeoutinmillis documents the throw;
 * ASSUMPTION: the exact text (the one widely quoted by Apps Script users).
 */
export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

/** MailApp past the daily recipients quota (developers.google.com/apps-script/guides/services/quotas). */
export const QUOTA_MESSAGE =
  'Service invoked too many times for one day: email.';

/** PropertiesService past 9 KB a value or 500 KB a store (the platform's messages). */
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORE_FULL =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/** ScriptApp's trigger limits (docs/platform.md, "Triggers in editor add-ons"). */
export const TOO_MANY_ADDON_TRIGGERS =
  'This add-on has created too many time-based triggers in this document for this Google user account';
export const ADDON_MIN_INTERVAL =
  'The recurrence interval for an Add-on trigger must be at least one hour';
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
