package nl.weerbaar.surveys.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Version 1 of the questionnaire, written for this platform. Same structure for both variants (so the
 * benchmark can compare codes); the wording differs for political office holders.
 */
final class BuiltInQuestionnaire {

    private static final List<String> FREQUENCY =
            List.of("Nooit", "Eén keer", "Twee tot vijf keer", "Vaker dan vijf keer");
    private static final List<String> YES_NO = List.of("Nee", "Ja");
    private static final List<String> AGREE = List.of("Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens");

    private BuiltInQuestionnaire() {}

    static List<Question> questions(Variant variant) {
        boolean office = variant == Variant.OFFICE_HOLDER;
        String role = office ? "in uw rol als bestuurder of volksvertegenwoordiger" : "in uw werk voor de gemeente";
        // statements in the first person ("Ik ...") speak of "mijn", questions to the respondent of "uw"
        String myRole =
                office ? "in mijn rol als bestuurder of volksvertegenwoordiger" : "in mijn werk voor de gemeente";
        List<Question> q = new ArrayList<>();
        q.add(choice(
                "INTIMIDATION_12M",
                "Hoe vaak bent u de afgelopen 12 maanden " + role
                        + " geïntimideerd (bijvoorbeeld uitgescholden, achtervolgd of onder druk gezet)?",
                FREQUENCY,
                1,
                2,
                3));
        q.add(choice(
                "THREAT_12M",
                "Hoe vaak bent u de afgelopen 12 maanden " + role + " bedreigd, in persoon, per telefoon of online?",
                FREQUENCY,
                1,
                2,
                3));
        q.add(choice(
                "BRIBERY_12M",
                "Hoe vaak heeft iemand u de afgelopen 12 maanden " + role
                        + " iets aangeboden om een besluit of handeling te beïnvloeden?",
                FREQUENCY,
                1,
                2,
                3));
        q.add(choice(
                "ANY_5Y",
                "Heeft u in de afgelopen 5 jaar " + role
                        + " een of meer van deze dingen meegemaakt: intimidatie, bedreiging of een poging tot omkoping?",
                YES_NO,
                1));
        q.add(choice(
                "PERPETRATOR",
                "Van wie ging het laatste voorval uit?",
                List.of(
                        "Niet van toepassing",
                        "Een inwoner of cliënt",
                        "Een ondernemer of aanvrager",
                        office ? "Een andere politicus" : "Een collega",
                        "Iemand uit het criminele milieu",
                        "Weet ik niet"),
                4));
        q.add(choice(
                "CONSEQUENCE",
                "Wat was het belangrijkste gevolg voor u?",
                List.of(
                        "Niet van toepassing",
                        "Geen gevolg",
                        "Zorgen of spanning",
                        "Ik heb mijn werk of besluit aangepast",
                        "Ik ben uitgevallen of verzuimd"),
                3,
                4));
        q.add(choice(
                "REPORTED", "Heeft u het laatste voorval gemeld?", List.of("Niet van toepassing", "Nee", "Ja"), 2));
        q.add(choice(
                "NOT_REPORTED_WHY",
                "Als u het niet meldde: wat was de belangrijkste reden?",
                List.of(
                        "Niet van toepassing",
                        "Ik vond het niet ernstig genoeg",
                        "Ik wist niet waar ik het kon melden",
                        "Ik dacht dat melden niets zou opleveren",
                        "Ik was bang voor de gevolgen"),
                2,
                4));
        q.add(choice(
                "KNOWS_NORM",
                office
                        ? "Ik ken de afspraken over integriteit en weerbaarheid voor bestuurders."
                        : "Ik ken de norm van de gemeente over wat wel en niet acceptabel is.",
                AGREE,
                3,
                4));
        q.add(choice("KNOWS_PROTOCOL", "Ik weet wat ik moet doen als ik word geïntimideerd of bedreigd.", AGREE, 3, 4));
        q.add(choice("KNOWS_REPORTING", "Ik weet waar ik een voorval kan melden.", AGREE, 3, 4));
        q.add(choice(
                "KNOWS_CONFIDANT",
                office
                        ? "Ik weet wie de vertrouwenspersoon voor bestuurders is."
                        : "Ik weet wie de vertrouwenspersoon is.",
                AGREE,
                3,
                4));
        q.add(choice(
                "AFTERCARE",
                "Kreeg u na het laatste voorval de steun die u nodig had?",
                List.of("Niet van toepassing", "Nee", "Gedeeltelijk", "Ja"),
                3));
        q.add(choice("READY_TO_ACT", "Als ik zoiets meemaak, meld ik het.", AGREE, 3, 4));
        q.add(choice("FEELS_SAFE", "Ik voel me veilig " + myRole + ".", AGREE, 3, 4));
        q.add(new Question(
                "SUGGESTION",
                Question.Kind.TEXT,
                "Wat zou u helpen om weerbaarder te zijn? (Schrijf geen namen of herkenbare details.)",
                null,
                null));
        return q;
    }

    private static Question choice(String code, String text, List<String> options, Integer... indicator) {
        return new Question(code, Question.Kind.CHOICE, text, options, List.of(indicator));
    }
}
