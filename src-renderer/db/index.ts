// The storage layer's public surface; see repository.ts.
export * from './repository';
