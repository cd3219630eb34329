package nl.weerbaar.training.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The e-learning pages: the lessons, one lesson with its questions, the questions due today, and for managers and the
 * coordinator the completions per department. Answers are the employee's own: no page shows another person's.
 */
@Controller
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY', 'LEGAL', 'ADMIN')")
class LearningController {

    private final LearningService service;

    LearningController(LearningService service) {
        this.service = service;
    }

    @GetMapping("/leren")
    String lessons(Model model) {
        UserIdentity me = CurrentUser.require();
        model.addAttribute("lessons", service.overview(me));
        model.addAttribute("due", service.countDue(me));
        model.addAttribute(
                "seesCompletions",
                me.has(nl.weerbaar.platform.Role.MANAGER)
                        || me.has(nl.weerbaar.platform.Role.COORDINATOR)
                        || me.has(nl.weerbaar.platform.Role.SECRETARY));
        return "training/lessons";
    }

    @GetMapping("/leren/les/{key}")
    String lesson(@PathVariable String key, Model model) {
        return lessonPage(service.lesson(key), Map.of(), new FieldErrors(), model);
    }

    @PostMapping("/leren/les/{key}")
    String answerLesson(@PathVariable String key, @RequestParam Map<String, String> form, Model model) {
        Lesson lesson = service.lesson(key);
        Map<String, String> answers = answers(form);
        try {
            model.addAttribute("outcomes", service.answerLesson(CurrentUser.require(), key, answers));
            model.addAttribute("lesson", lesson);
            return "training/outcome";
        } catch (InvalidInputException e) {
            return lessonPage(lesson, answers, e.errors(), model);
        }
    }

    @GetMapping("/leren/herhalen")
    String due(Model model) {
        return duePage(Map.of(), new FieldErrors(), model);
    }

    @PostMapping("/leren/herhalen")
    String answerDue(@RequestParam Map<String, String> form, Model model) {
        Map<String, String> answers = answers(form);
        try {
            model.addAttribute("outcomes", service.answerDue(CurrentUser.require(), answers));
            return "training/outcome";
        } catch (InvalidInputException e) {
            return duePage(answers, e.errors(), model);
        }
    }

    @GetMapping("/leren/voortgang")
    @PreAuthorize("hasAnyRole('MANAGER', 'COORDINATOR', 'SECRETARY')")
    String completions(Model model) {
        return completionsPage(service.retention(), new FieldErrors(), model);
    }

    @PostMapping("/leren/instellingen")
    @PreAuthorize("hasRole('COORDINATOR')")
    String retention(@RequestParam(required = false) String retention, Model model) {
        UserIdentity me = CurrentUser.require();
        try {
            service.retention(me, retention);
            return "redirect:/leren/voortgang?saved";
        } catch (InvalidInputException e) {
            return completionsPage(retention, e.errors(), model);
        }
    }

    /** The completions page, with the retention setting as entered (or stored) and its errors. */
    private String completionsPage(Object retention, FieldErrors errors, Model model) {
        UserIdentity me = CurrentUser.require();
        model.addAttribute("rows", service.completions(me));
        model.addAttribute("departments", service.departments(me));
        model.addAttribute("minGroup", LearningService.MIN_GROUP);
        model.addAttribute("coordinator", me.has(nl.weerbaar.platform.Role.COORDINATOR));
        model.addAttribute("retention", retention);
        model.addAttribute("errors", errors);
        return "training/completions";
    }

    private String lessonPage(Lesson lesson, Map<String, String> answers, FieldErrors errors, Model model) {
        model.addAttribute("lesson", lesson);
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        return "training/lesson";
    }

    private String duePage(Map<String, String> answers, FieldErrors errors, Model model) {
        List<LearningService.DueQuestion> due = service.due(CurrentUser.require());
        model.addAttribute("due", due);
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        return "training/due";
    }

    /** The answer fields of a form (named lesson/question); the CSRF token and the like left out. */
    private static Map<String, String> answers(Map<String, String> form) {
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.indexOf('/') > 0 && k.length() <= 90) {
                answers.put(k, v);
            }
        });
        return answers;
    }
}
