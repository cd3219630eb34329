/**
 * Vulnerable processes and functions: a catalogue of the municipality's processes with risk assessments and
 * controls, vulnerable positions, and an analysis of who can do what (eenpitters, langzitters, dubbelzitters,
 * broad access) from the municipality's own HR and access data, and access review campaigns in which managers
 * confirm or revoke the application rights of their own people. Only coordinators and functional administrators
 * see the module as a whole; people appear under a pseudonym in every overview, and a manager sees only their own
 * department's review items.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Processes")
package nl.weerbaar.processes;
