// The terms page: static text; only the shared header needs the session.

import { startPage } from './layout.js';

startPage();
