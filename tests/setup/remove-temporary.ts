import { afterAll } from 'vitest';
import { removeTemporaryFolders } from '../helpers/temporary.ts';

afterAll(removeTemporaryFolders);
