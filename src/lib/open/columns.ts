/**
 * The roles a column of a table of events can play, ACLED's name for each, and the guess of a
 * mapping from a table's headers. No parsing here: the page's column-mapping step imports it without
 * the CSV parser, which stays in the worker.
 */

/** What a column can stand for. */
export const ROLES = [
	'id',
	'date',
	'timePrecision',
	'eventType',
	'subEventType',
	'actor1',
	'actor2',
	'admin1',
	'location',
	'latitude',
	'longitude',
	'geoPrecision',
	'source',
	'notes',
	'fatalities'
] as const;
export type Role = (typeof ROLES)[number];

/** ACLED's column for each role, and a few other names a table may use. */
export const ROLE_COLUMNS: Record<Role, { acled: string; label: string; also: readonly string[] }> = {
	id: { acled: 'event_id_cnty', label: 'Event id', also: ['id', 'event_id'] },
	date: { acled: 'event_date', label: 'Date', also: ['date'] },
	timePrecision: { acled: 'time_precision', label: 'Date precision (1/2/3)', also: [] },
	eventType: { acled: 'event_type', label: 'Event type', also: ['type'] },
	subEventType: { acled: 'sub_event_type', label: 'Sub-event type', also: [] },
	actor1: { acled: 'actor1', label: 'Actor 1', also: [] },
	actor2: { acled: 'actor2', label: 'Actor 2', also: [] },
	admin1: { acled: 'admin1', label: 'Region (admin 1)', also: ['region'] },
	location: { acled: 'location', label: 'Place name', also: ['place'] },
	latitude: { acled: 'latitude', label: 'Latitude', also: ['lat'] },
	longitude: { acled: 'longitude', label: 'Longitude', also: ['lon', 'lng', 'long'] },
	geoPrecision: { acled: 'geo_precision', label: 'Place precision (1/2/3)', also: [] },
	source: { acled: 'source', label: 'Source(s)', also: ['sources'] },
	notes: { acled: 'notes', label: 'Notes (summary)', also: ['description', 'summary'] },
	fatalities: { acled: 'fatalities', label: 'Fatalities', also: [] }
};

/** Role → column index; a role without a column is absent. */
export type ColumnMap = Partial<Record<Role, number>>;

const norm = (s: string): string =>
	s
		.replace(/^\ufeff/, '')
		.trim()
		.toLowerCase();

/** ACLED's columns (and the other names above) found among the headers. */
export function guessColumns(headers: readonly string[]): ColumnMap {
	const map: ColumnMap = {};
	const lower = headers.map(norm);
	for (const role of ROLES) {
		const names = [ROLE_COLUMNS[role].acled, ...ROLE_COLUMNS[role].also];
		const i = names.map((name) => lower.indexOf(name)).find((j) => j >= 0);
		if (i !== undefined) map[role] = i;
	}
	return map;
}

/** What a mapping lacks before any row can be read: a date and both coordinates. */
export function mappingProblems(map: ColumnMap): string[] {
	const out: string[] = [];
	if (map.date === undefined)
		out.push(
			`has no date column (${ROLE_COLUMNS.date.acled}): choose the column that holds each event's date`
		);
	if (map.latitude === undefined || map.longitude === undefined)
		out.push(
			`has no coordinates (${ROLE_COLUMNS.latitude.acled} and ${ROLE_COLUMNS.longitude.acled}): choose the columns that hold each event's latitude and longitude`
		);
	return out;
}
