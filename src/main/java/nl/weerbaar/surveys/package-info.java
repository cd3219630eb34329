/**
 * Anonymous employee survey on intimidation, threats and bribery: a versioned questionnaire for civil servants
 * and office holders, invitations with single-use tokens or open department links, results per department under
 * a minimum group size with complementary suppression, and a benchmark across municipalities that opted in.
 */
package nl.weerbaar.surveys;
