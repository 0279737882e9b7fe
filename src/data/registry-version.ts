import { readIanaSource } from '../loaders/registry';

/** Snapshot date of the vendored IANA registry the pages were built from (build time only). */
export const registryVersion: string = readIanaSource().snapshot;
