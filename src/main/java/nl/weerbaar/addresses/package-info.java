/**
 * What the municipality knows about an address, explained and bound to a purpose: signals per address from the base
 * registries and the municipality's own records ({@code signals}), and the verwijsindex — a flag on an address
 * without content saying whom to contact before a home visit ({@code flags}).
 */
package nl.weerbaar.addresses;
