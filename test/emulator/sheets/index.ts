// The Sheets advanced service's entry point: the `Sheets` global bound to an emulator and the
// faults it raises as Google words them.
export {createSheetsService} from './service';
export {sheetsFault, spreadsheetFault} from './faults';
