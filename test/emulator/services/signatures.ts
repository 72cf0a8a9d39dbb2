// Compile-time checks that the plain-object services accept what the real GoogleAppsScript methods accept.
import type {createLockService} from './lock';
import type {createMailApp} from './mail';
import type {createPropertiesService} from './properties';
import type {createCacheService} from './cache';
import type {createScriptApp} from './triggers';
import type {createSession} from './session';
import type {createUtilities} from './utilities';
import type {createHtmlService} from './html';

/** True when every argument list of the real method is accepted by the fake. */
type Accepts<R, F> = R extends (...a: infer A) => unknown
  ? F extends (...b: infer B) => unknown
    ? A extends B
      ? true
      : false
    : false
  : false;
type Check<Real, Fake, K extends keyof Real & keyof Fake> = {
  [P in K]: Accepts<Real[P], Fake[P]>;
};
type AllTrue<T> = T[keyof T] extends true ? true : false;

/** Each constant fails to compile when a fake's parameters stop matching the real ones. */
export const utilitiesSignatures: AllTrue<
  Check<
    GoogleAppsScript.Utilities.Utilities,
    ReturnType<typeof createUtilities>,
    | 'formatDate'
    | 'sleep'
    | 'getUuid'
    | 'base64Encode'
    | 'base64Decode'
    | 'computeDigest'
    | 'newBlob'
    | 'zip'
    | 'unzip'
    | 'gzip'
    | 'ungzip'
  >
> = true;
export const mailSignatures: AllTrue<
  Check<
    GoogleAppsScript.Mail.MailApp,
    ReturnType<typeof createMailApp>,
    'sendEmail' | 'getRemainingDailyQuota'
  >
> = true;
export const sessionSignatures: AllTrue<
  Check<
    GoogleAppsScript.Base.Session,
    ReturnType<typeof createSession>,
    | 'getActiveUser'
    | 'getEffectiveUser'
    | 'getScriptTimeZone'
    | 'getTemporaryActiveUserKey'
  >
> = true;
export const scriptAppSignatures: AllTrue<
  Check<
    GoogleAppsScript.Script.ScriptApp,
    ReturnType<typeof createScriptApp>,
    'newTrigger' | 'getOAuthToken' | 'getScriptId'
  >
> = true;
export const serviceFactorySignatures: AllTrue<
  Check<
    GoogleAppsScript.Properties.PropertiesService,
    ReturnType<typeof createPropertiesService>,
    'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties'
  > &
    Check<
      GoogleAppsScript.Cache.CacheService,
      ReturnType<typeof createCacheService>,
      'getScriptCache' | 'getUserCache' | 'getDocumentCache'
    > &
    Check<
      GoogleAppsScript.Lock.LockService,
      ReturnType<typeof createLockService>,
      'getScriptLock' | 'getUserLock' | 'getDocumentLock'
    > &
    Check<
      GoogleAppsScript.HTML.HtmlService,
      ReturnType<typeof createHtmlService>,
      | 'createHtmlOutput'
      | 'createHtmlOutputFromFile'
      | 'createTemplate'
      | 'createTemplateFromFile'
    >
> = true;
