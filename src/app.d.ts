// App-wide ambient types for SvelteKit (see the Kit docs, "types").
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		/** A history entry's state (state/history.ts): which data its view is of (AppState.dataKey). */
		interface PageState {
			data?: string;
		}
		// interface Platform {}
	}
}

export {};
