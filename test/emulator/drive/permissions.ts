// Drive v3 permissions of one file as the Permissions collection lists and grants them: the owner,
// each user, group and domain it is shared with directly (what a folder gives is inherited, not listed).
// References: developers.google.com/workspace/drive/api/reference/rest/v3/permissions/list and
// .../permissions/create; roles and inheritance: developers.google.com/workspace/drive/api/guides/manage-sharing.
import {ApiError, invalidValue} from './errors';
import {
  domainPrincipal,
  type DriveItem,
  type DriveStore,
  type Role,
} from './store';

type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;

/** The permission fields the emulator models (a `fields` mask naming another is refused). */
export const PERMISSION_FIELDS: ReadonlySet<string> = new Set([
  'kind',
  'id',
  'type',
  'role',
  'emailAddress',
  'domain',
  'displayName',
  'deleted',
]);
export const PERMISSION_LIST_TOP: ReadonlySet<string> = new Set([
  'kind',
  'nextPageToken',
  'permissions',
]);

const DOMAIN_PREFIX = domainPrincipal('');

/** The opaque id of a grantee's permission (stable: the same grantee has the same id everywhere). */
function permissionId(principal: string): string {
  let h = 0;
  for (const ch of principal) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return principal.startsWith(DOMAIN_PREFIX) ? `${h}k` : String(h);
}

function resource(
  store: DriveStore,
  principal: string,
  role: Role,
): Permission {
  if (principal.startsWith(DOMAIN_PREFIX)) {
    const domain = principal.slice(DOMAIN_PREFIX.length);
    return {
      kind: 'drive#permission',
      id: permissionId(principal),
      type: 'domain',
      role,
      domain,
      displayName: domain,
    };
  }
  return {
    kind: 'drive#permission',
    id: permissionId(principal),
    type: store.groups.has(principal) ? 'group' : 'user',
    role,
    emailAddress: principal,
    displayName: principal,
  };
}

/**
 * Who may see the list: the reference does not say; the emulator lets only those who may share
 * (writers and up) read it and refuses a reader (ASSUMPTION, test/emulator/README.md).
 */
export function listPermissions(
  store: DriveStore,
  item: DriveItem,
  user: string,
): Permission[] {
  if (!store.canWrite(item, user)) throw insufficient();
  const out: Permission[] = [];
  if (item.driveId) {
    const drive = store.drives.get(item.driveId);
    for (const [member, role] of drive?.members ?? [])
      out.push(resource(store, member, role));
  } else if (item.owner) {
    out.push(resource(store, item.owner, 'owner'));
  }
  for (const [principal, role] of item.shared ?? [])
    out.push(resource(store, principal, role));
  return out;
}

const ROLES: Record<string, Role> = {
  reader: 'reader',
  commenter: 'reader',
  writer: 'writer',
  fileOrganizer: 'writer',
};

/**
 * permissions.create: type user or group needs an emailAddress, domain a domain ("When creating a
 * permission, if type is user or group, you must provide an emailAddress ... When type is domain,
 * you must provide a domain"); only a writer or the owner may share. Ownership transfers and
 * `anyone` are not modelled (the add-on makes neither).
 */
export function grantPermission(
  store: DriveStore,
  item: DriveItem,
  user: string,
  p: Permission,
): Permission {
  if (!store.canWrite(item, user)) throw insufficient();
  const role = ROLES[String(p.role)];
  if (!role) throw invalidValue('permission.role');
  let principal: string;
  if (p.type === 'user' || p.type === 'group') {
    if (!p.emailAddress) throw invalidValue('permission.emailAddress');
    principal = p.emailAddress;
  } else if (p.type === 'domain') {
    if (!p.domain) throw invalidValue('permission.domain');
    principal = domainPrincipal(p.domain);
  } else {
    throw new Error(
      `Drive emulator: permissions of type ${String(p.type)} are not modelled`,
    );
  }
  store.share(item.id, principal, role);
  return resource(store, principal, role);
}

function insufficient(): ApiError {
  return new ApiError(
    403,
    'The user does not have sufficient permissions for this file.',
    'insufficientFilePermissions',
  );
}
