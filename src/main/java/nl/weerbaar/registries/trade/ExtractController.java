package nl.weerbaar.registries.trade;

import java.io.IOException;
import nl.weerbaar.platform.UploadLimits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Upload of the trade register extract: the coordinator only (ADR 0710). */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class ExtractController {

    private final TradeExtract extract;
    private final UploadLimits limits;

    ExtractController(TradeExtract extract, UploadLimits limits) {
        this.extract = extract;
        this.limits = limits;
    }

    @GetMapping("/registries/trade-extract")
    String page(Model model) {
        model.addAttribute("columns", TradeExtract.columns())
                .addAttribute("last", extract.lastImport().orElse(null))
                .addAttribute("maxFileMb", UploadLimits.megabytes(limits.maxFileBytes()));
        return "registries/trade-extract";
    }

    @PostMapping("/registries/trade-extract")
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "registries.trade.import.error.no-file");
        } else {
            model.addAttribute("outcome", extract.upload(file.getBytes(), file.getOriginalFilename()))
                    .addAttribute("fileName", file.getOriginalFilename());
        }
        return page(model);
    }
}
