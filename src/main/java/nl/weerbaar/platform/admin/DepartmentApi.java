package nl.weerbaar.platform.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API for the departments of the caller's municipality (role ADMIN). */
@RestController
@RequestMapping("/api/v1/admin/departments")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Beheer: afdelingen", description = "Afdelingen van de eigen gemeente (rol ADMIN)")
class DepartmentApi {

    /** A department as the API shows it. */
    record DepartmentView(UUID id, String code, String name, long users) {
        static DepartmentView of(Departments.Row r) {
            return new DepartmentView(r.id(), r.code(), r.name(), r.users());
        }
    }

    private final DepartmentAdmin admin;

    DepartmentApi(DepartmentAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    @Operation(summary = "Alle afdelingen met het aantal gebruikers")
    List<DepartmentView> list() {
        return admin.all().stream().map(DepartmentView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Eén afdeling",
            responses = {
                @ApiResponse(responseCode = "200", description = "De afdeling"),
                @ApiResponse(responseCode = "404", description = "Onbekend of van een andere gemeente")
            })
    DepartmentView get(@PathVariable UUID id) {
        return DepartmentView.of(admin.get(id));
    }

    @PostMapping
    @Operation(
            summary = "Afdeling aanmaken",
            responses = {
                @ApiResponse(responseCode = "201", description = "Aangemaakt"),
                @ApiResponse(responseCode = "400", description = "Ongeldige invoer (problem+json met fouten per veld)")
            })
    ResponseEntity<DepartmentView> create(@RequestBody DepartmentForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "department");
        UUID id = admin.create(form, errors);
        if (id == null) {
            throw new InvalidInputException(FieldErrors.of(errors));
        }
        return ResponseEntity.created(URI.create("/api/v1/admin/departments/" + id))
                .body(DepartmentView.of(admin.get(id)));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Afdeling wijzigen",
            responses = {
                @ApiResponse(responseCode = "200", description = "Gewijzigd; de afdeling zoals ze nu is"),
                @ApiResponse(responseCode = "400", description = "Ongeldige invoer"),
                @ApiResponse(responseCode = "404", description = "Onbekend of van een andere gemeente")
            })
    DepartmentView update(@PathVariable UUID id, @RequestBody DepartmentForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "department");
        if (!admin.update(id, form, errors)) {
            throw new InvalidInputException(FieldErrors.of(errors));
        }
        return DepartmentView.of(admin.get(id));
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Afdeling verwijderen (alleen als niemand er meer in zit)",
            responses = {
                @ApiResponse(responseCode = "204", description = "Verwijderd"),
                @ApiResponse(responseCode = "404", description = "Onbekend of van een andere gemeente"),
                @ApiResponse(responseCode = "409", description = "Nog in gebruik")
            })
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        admin.delete(id);
        return ResponseEntity.noContent().build();
    }
}
