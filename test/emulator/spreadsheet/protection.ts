// The Protection object of Sheet.protect() and Range.protect(): editors that start as the
// spreadsheet's (developers.google.com/apps-script/reference/spreadsheet/protection).
import type {ProtectionApi} from './api';
import {makeEnum, type SheetsContext} from './context';
import {PROTECTED_MESSAGE} from './errors';
import type {ProtectionData, SpreadsheetData} from './store';

export const ProtectionType = makeEnum('RANGE', 'SHEET');

type Who = string | {getEmail(): string};

function email(who: Who): string {
  return typeof who === 'string' ? who : who.getEmail();
}

/** A new protection that mirrors the spreadsheet's editors until changed. */
export function newProtection(range?: ProtectionData['range']): ProtectionData {
  return {
    description: '',
    warningOnly: false,
    editors: null,
    domainEdit: null,
    ...(range ? {range} : {}),
  };
}

/** The Protection view of stored data; `remove` takes it off its sheet. */
export function protectionView(
  ctx: SheetsContext,
  ss: SpreadsheetData,
  data: ProtectionData,
  remove: () => void,
): ProtectionApi {
  const {emu, access} = ctx;
  // Changing a protection is editing the sheet: only someone who may edit what it covers.
  const change = (method: string) => {
    emu.call('SpreadsheetApp', `Protection.${method}`, 'write', {ms: 2});
    access.assertCanWrite(ss, null, null);
    if (emu.execution && !access.canEditProtected(ss, data))
      throw emu.error(PROTECTED_MESSAGE);
  };
  const read = (method: string) =>
    emu.call('SpreadsheetApp', `Protection.${method}`, 'read', {ms: 2});
  const p: ProtectionApi = {
    setDescription(description: string) {
      change('setDescription');
      data.description = description;
      return p;
    },
    getDescription: () => {
      read('getDescription');
      return data.description;
    },
    setWarningOnly(warningOnly: boolean) {
      change('setWarningOnly');
      data.warningOnly = warningOnly;
      return p;
    },
    isWarningOnly: () => {
      read('isWarningOnly');
      return data.warningOnly;
    },
    remove() {
      change('remove');
      remove();
    },
    canEdit: () => {
      read('canEdit');
      return access.canEditProtected(ss, data);
    },
    canDomainEdit: () => {
      read('canDomainEdit');
      return data.domainEdit ?? access.domainEditable(ss);
    },
    setDomainEdit(editable: boolean) {
      change('setDomainEdit');
      access.materialise(ss, data);
      data.domainEdit = editable;
      return p;
    },
    addEditor(who: Who) {
      return p.addEditors([email(who)]);
    },
    addEditors(emailAddresses: string[]) {
      change('addEditors');
      const editors = access.materialise(ss, data);
      for (const e of emailAddresses) if (!editors.includes(e)) editors.push(e);
      return p;
    },
    removeEditor(who: Who) {
      return p.removeEditors([email(who)]);
    },
    removeEditors(who: Who[]) {
      change('removeEditors');
      access.removeEditors(ss, data, who.map(email));
      return p;
    },
    getEditors: () => {
      read('getEditors');
      return access.protectionEditors(ss, data).map(e => ({getEmail: () => e}));
    },
    getProtectionType: () => {
      read('getProtectionType');
      return data.range ? ProtectionType.RANGE : ProtectionType.SHEET;
    },
  };
  return p;
}
