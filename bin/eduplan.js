#!/usr/bin/env node
// Entry point of the `eduplan` command. TypeScript sources run through tsx's loader, so there is
// no build step between a change and running it.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
