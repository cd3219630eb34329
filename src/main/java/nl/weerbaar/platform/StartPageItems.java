package nl.weerbaar.platform;

import java.util.List;

/**
 * What a module puts on a user's start page: the work waiting for them and, for the roles that steer, headline
 * figures. Implement it as a bean in the module; the platform asks every bean on each visit of the start page, in
 * the user's municipality. Each implementation answers with a few cheap, indexed queries (the start page is the
 * page every user opens first), reads only its own module's tables, and returns nothing for users it has nothing
 * for. A link leads to a page that shows the same items the count counts.
 */
public interface StartPageItems {

    /** The items for {@code user}; empty when there is nothing for them. Never null. */
    List<StartItem> itemsFor(UserIdentity user);
}
