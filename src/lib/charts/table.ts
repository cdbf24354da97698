/** The data behind a chart as plain strings, for the table a component shows beside it. */
export interface DataTable {
  header: string[];
  rows: string[][];
}
