// Names for the API's response shapes, taken from the generated OpenAPI types.

import type { paths } from './schema';

/** The JSON body of an OpenAPI response: Json<paths['/api/v1/…']['get']['responses'][200]>. */
export type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type TicketList = Json<paths['/api/v1/tickets']['get']['responses'][200]>;
export type TicketListItem = TicketList['items'][number];
export type TicketDetail = Json<paths['/api/v1/tickets/{id}']['get']['responses'][200]>;
export type TicketEvent = TicketDetail['events'][number];
export type Ticket = Json<paths['/api/v1/tickets/{id}/accept']['post']['responses'][200]>;
export type TicketQuery = NonNullable<paths['/api/v1/tickets']['get']['parameters']['query']>;
