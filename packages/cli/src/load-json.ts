/** Reads a JSON input file, turning every failure into a CliError that names the file. */
import { readFileSync } from 'node:fs';
import { parseFaultSchedule, FaultScheduleError, type FaultSchedule } from '@faultline/runtime';
import { CliError } from './cli-error.ts';

export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError('ENOENT', `cannot read the ${what}`, `${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError('EJSONPARSE', `the ${what} is not valid JSON`, `${path}: ${(error as Error).message}`);
  }
}

export function loadFaultSchedule(path: string): FaultSchedule {
  try {
    return parseFaultSchedule(readJsonFile(path, 'fault schedule'));
  } catch (error) {
    if (error instanceof FaultScheduleError) {
      throw new CliError('EFAULTS', 'invalid fault schedule', `${path}: ${error.message}`);
    }
    throw error;
  }
}
