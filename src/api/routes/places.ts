// /api/places: gazetteer look-up by name, for jumping the map to a place or filtering by country.
import type { FastifyInstance } from 'fastify';
import { loadGazetteer, type Gazetteer } from '../../geocode/gazetteer.ts';
import { strictObject } from '../schemas.ts';

/** Common names ("Springfield") match hundreds of places; the biggest few are the useful ones. */
const MAX_PLACE_HITS = 50;

export function placeRoutes(app: FastifyInstance, gazetteer: () => Gazetteer = loadGazetteer): void {
  app.get<{ Querystring: { q: string; country?: string; limit: number } }>('/api/places', {
    schema: {
      summary: 'Gazetteer entries whose name matches (normalised), primary names first',
      tags: ['places'],
      querystring: strictObject({
        q: { type: 'string', minLength: 1, description: 'a place name' },
        country: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'an ISO alpha-2 country code (e.g. TJ) to keep' },
        limit: { type: 'integer', minimum: 1, maximum: MAX_PLACE_HITS, default: 10 },
      }, ['q']),
    },
  }, async (req) => {
    const cc = req.query.country?.toUpperCase();
    const hits = gazetteer().lookup(req.query.q).filter((e) => !cc || e.country === cc);
    return {
      places: hits.slice(0, req.query.limit).map((e) => ({
        id: e.id, name: e.name, kind: e.kind, country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon,
        population: e.population, precision: e.precision,
      })),
    };
  });
}
