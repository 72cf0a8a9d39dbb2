// The errors Drive and DriveApp throw, shaped as Apps Script shapes them.
import type {Emulator} from '../core/emulator';

/** Body of a Drive API error (the JSON `error` object). */
export interface ApiErrorBody {
  code: number;
  message: string;
  errors: Array<{
    domain: string;
    reason: string;
    message: string;
    location?: string;
    locationType?: string;
  }>;
}

/** An error thrown by an advanced service: `details` carries the API's error body. */
export type GoogleJsonResponseException = Error & {details: ApiErrorBody};

/** Reasons and messages of the API's usual failures (developers.google.com/drive/api/guides/handle-errors). */
export const STANDARD_FAILURES: Record<
  number,
  {reason: string; message: string; domain: string}
> = {
  400: {reason: 'badRequest', message: 'Bad Request', domain: 'global'},
  403: {
    reason: 'userRateLimitExceeded',
    message: 'User Rate Limit Exceeded',
    domain: 'usageLimits',
  },
  404: {reason: 'notFound', message: 'File not found', domain: 'global'},
  429: {
    reason: 'rateLimitExceeded',
    message: 'Rate Limit Exceeded',
    domain: 'usageLimits',
  },
  500: {reason: 'backendError', message: 'Backend Error', domain: 'global'},
  503: {reason: 'backendError', message: 'Backend Error', domain: 'global'},
};

/** What the service code throws internally; the call wrapper turns it into the realm's exception. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly reason: string,
    readonly location?: string,
  ) {
    super(message);
  }
}

/** 400 "Invalid Value" for a parameter (a bad q, pageToken, pageSize...). */
export function invalidValue(location: string): ApiError {
  return new ApiError(400, 'Invalid Value', 'invalid', location);
}

/** 404 "File not found: <id>." (also what a file the user may not see answers). */
export function fileNotFound(id: string): ApiError {
  return new ApiError(404, `File not found: ${id}.`, 'notFound', 'fileId');
}

/**
 * Builds the realm's exception for an advanced-service failure: message
 * "API call to drive.files.list failed with error: <message>", name GoogleJsonResponseException,
 * `details` = the error body.
 */
export function apiException(
  emu: Emulator,
  apiMethod: string,
  code: number,
  message: string,
  reason: string,
  location?: string,
): GoogleJsonResponseException {
  const text = message.startsWith('API call to ')
    ? message
    : `API call to ${apiMethod} failed with error: ${message}`;
  const err = emu.error(text) as GoogleJsonResponseException;
  err.name = 'GoogleJsonResponseException';
  const detail: ApiErrorBody['errors'][number] = {
    domain: STANDARD_FAILURES[code]?.domain ?? 'global',
    reason,
    message,
  };
  if (location) {
    detail.location = location;
    detail.locationType = 'parameter';
  }
  err.details = {code, message, errors: [detail]};
  return err;
}

/** DriveApp's message for an id that does not exist or that the user may not open. */
export const DRIVEAPP_NOT_FOUND =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
/** DriveApp's message when next() is called on an exhausted iterator. */
export const ITERATOR_END =
  'Cannot retrieve the next object: iterator has reached the end.';
/** DriveApp's message for a query it cannot parse (assumption: the v2 API's invalid-argument text). */
export const DRIVEAPP_BAD_QUERY = 'Invalid argument: q';
/** DriveApp's message for a bad or expired continuation token (assumption). */
export const DRIVEAPP_BAD_TOKEN = 'Invalid argument: continuationToken';
/** The platform's answer to an over-long query (docs/platform.md "Drive queries"). */
export const QUERY_TOO_COMPLEX = 'The query is too complex';
