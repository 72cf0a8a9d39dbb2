// The small services' entry point (Properties, Cache, Lock, ScriptApp, HtmlService, Session and
// Logger, Utilities, MailApp, UrlFetchApp): each one's store and the factory that binds its global to an emulator.
export {CacheStores, createCacheService} from './cache';
export * from './errors';
export {createHtmlService} from './html';
export {LockTable, createLockService} from './lock';
export {Outbox, createMailApp} from './mail';
export {PropertyStores, createPropertiesService} from './properties';
export {createLogging, createSession, type LogLine} from './session';
export {
  AuthMode,
  TriggerTable,
  createScriptApp,
  type TriggerData,
} from './triggers';
export {createUrlFetchApp} from './url-fetch';
export {createUtilities, FakeBlob} from './utilities';
