/**
 * Base registries: the BAG (addresses and buildings, loaded from Kadaster's extract and its mutations) and the
 * trade register (KVK), shared by the whole platform as public registries. Every lookup a user makes about an
 * address or a business is recorded with its purpose.
 */
package nl.weerbaar.registries;
