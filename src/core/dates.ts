// Date recognition and resolution; the implementation lives in ./dates/.
export { findDates } from './dates/find';
