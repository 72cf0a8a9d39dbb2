// Jest setup for every test file (jest.config.js setupFilesAfterEnv): after each test, fails it when
// any emulated world saw its marked Master changed outside the confirmed append (issue 18.2).
import {takeAllViolations} from '../emulator/master-audit';

afterEach(() => {
  const found = takeAllViolations();
  if (found.length > 0)
    throw new Error(
      `Master audit (issue 18.2): the Master workbook changed outside a confirmed append:\n- ${found.join('\n- ')}`,
    );
});
