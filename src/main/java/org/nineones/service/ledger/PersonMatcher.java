package org.nineones.service.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.nineones.model.Employee;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;

/**
 * Finds the person a ledger row names, the same way in every ledger: by ID number, else by employee number (which is
 * not unique), else by a masked ID number as our exports write it ({@code 110101********1234}, with the name when
 * given), else by a name only one person has. A row that names someone nobody has, or several people, gets one
 * sentence (ambiguity lists the candidates: name, employee number, masked ID number). ID numbers as Excel mangles
 * them are read here only: spaces and full-width digits, a lower-case x, a trailing {@code .0}; scientific notation
 * ({@code 1.10101E+17}) has lost digits and is refused, never guessed.
 */
public final class PersonMatcher {

    /** One person of the roster as the matcher knows them. */
    public record Person(long id, String name, String idNumber, String employeeNumber) {
    }

    /** Which of the row's person cells a problem is about. */
    public enum Field { ID_NUMBER, EMPLOYEE_NUMBER, NAME }

    /** The person found, or the problem (a sentence) and the cell it is about. */
    public record Match(Person person, String problem, Field field) {
        public boolean found() {
            return person != null;
        }
    }

    private final Messages messages;
    private final Map<String, Person> byId = new HashMap<>();
    private final Map<String, List<Person>> byNumber = new HashMap<>();
    private final Map<String, List<Person>> byMasked = new HashMap<>();
    private final Map<String, List<Person>> byName = new HashMap<>();

    public PersonMatcher(Messages messages, Collection<Person> roster) {
        this.messages = messages;
        for (Person p : roster) {
            String id = normaliseId(p.idNumber());
            if (!id.isEmpty()) {
                byId.put(id, p);
                byMasked.computeIfAbsent(IdNumber.mask(id), k -> new ArrayList<>()).add(p);
            }
            String number = TextNormaliser.strip(p.employeeNumber());
            if (!number.isEmpty()) {
                byNumber.computeIfAbsent(number, k -> new ArrayList<>()).add(p);
            }
            byName.computeIfAbsent(TextNormaliser.strip(p.name()), k -> new ArrayList<>()).add(p);
        }
    }

    /** The matcher over the employees of the roster. */
    public static PersonMatcher of(Messages messages, Collection<Employee> employees) {
        return new PersonMatcher(messages, employees.stream().map(PersonMatcher::person).toList());
    }

    public static Person person(Employee e) {
        return new Person(e.id(), e.name(), e.idNumber() == null ? "" : e.idNumber().value(), e.employeeNumber());
    }

    /** Matches the texts of a row's ID number, employee number and name cells (each may be empty). */
    public Match find(String idText, String numberText, String nameText) {
        String id = normaliseId(idText);
        String number = TextNormaliser.strip(numberText);
        String name = TextNormaliser.strip(nameText);
        boolean masked = id.contains("*");
        if (!id.isEmpty() && !masked) {
            Person known = byId.get(id); // the usual case, without checking the number again: it is the roster's
            if (known != null) {
                return sameName(known, name, Field.ID_NUMBER);
            }
            IdNumber.Check check = IdNumber.check(id);
            if (check.problem() == IdNumber.Problem.SCIENTIFIC_NOTATION) {
                return problem(Field.ID_NUMBER, "ledger.person.scientificId", id);
            }
            if (!check.valid()) {
                return problem(Field.ID_NUMBER, "ledger.person.badId", id);
            }
            Person p = byId.get(check.idNumber().value());
            return p == null ? problem(Field.ID_NUMBER, "ledger.person.unknownId", IdNumber.mask(id))
                    : sameName(p, name, Field.ID_NUMBER);
        }
        if (!number.isEmpty()) {
            List<Person> found = byNumber.getOrDefault(number, List.of());
            if (found.size() > 1 && masked) {
                found = found.stream().filter(p -> IdNumber.mask(normaliseId(p.idNumber())).equals(id)).toList();
            }
            if (found.isEmpty()) {
                return problem(Field.EMPLOYEE_NUMBER, "ledger.person.unknownNumber", number);
            }
            return found.size() == 1 ? sameName(found.get(0), name, Field.EMPLOYEE_NUMBER)
                    : ambiguous(Field.EMPLOYEE_NUMBER, "ledger.person.ambiguousNumber", number, found);
        }
        if (masked) {
            List<Person> found = byMasked.getOrDefault(id, List.of()).stream()
                    .filter(p -> name.isEmpty() || TextNormaliser.strip(p.name()).equals(name)).toList();
            if (found.isEmpty()) {
                return problem(Field.ID_NUMBER, "ledger.person.unknownId", id);
            }
            return found.size() == 1 ? new Match(found.get(0), null, Field.ID_NUMBER)
                    : ambiguous(Field.ID_NUMBER, "ledger.person.ambiguousId", id, found);
        }
        if (name.isEmpty()) {
            return problem(Field.NAME, "ledger.person.none");
        }
        List<Person> found = byName.getOrDefault(name, List.of());
        if (found.isEmpty()) {
            return problem(Field.NAME, "ledger.person.unknownName", name);
        }
        return found.size() == 1 ? new Match(found.get(0), null, Field.NAME)
                : ambiguous(Field.NAME, "ledger.person.ambiguousName", name, found);
    }

    /** Everyone of a name, for ledgers that tell namesakes apart by another column (the org unit). */
    public List<Person> named(String name) {
        return byName.getOrDefault(TextNormaliser.strip(name), List.of());
    }

    private Match sameName(Person p, String name, Field by) {
        if (!name.isEmpty() && !name.equals(TextNormaliser.strip(p.name()))) {
            return problem(Field.NAME, "ledger.person.nameMismatch", name, p.name());
        }
        return new Match(p, null, by);
    }

    private Match ambiguous(Field field, String key, String what, List<Person> found) {
        List<String> candidates = new ArrayList<>();
        for (Person p : found) {
            String number = TextNormaliser.strip(p.employeeNumber());
            candidates.add(messages.get("ledger.person.candidate", p.name(),
                    number.isEmpty() ? messages.get("ledger.person.noNumber") : number,
                    IdNumber.mask(normaliseId(p.idNumber()))));
        }
        return problem(field, key, what, found.size(), String.join("、", candidates));
    }

    private Match problem(Field field, String key, Object... args) {
        return new Match(null, messages.get(key, args), field);
    }

    /**
     * An ID number cell as Excel leaves it, made comparable: no spaces of any kind, ASCII digits, an upper-case X, no
     * trailing {@code .0}; a masked number keeps its stars.
     */
    public static String normaliseId(String raw) {
        String s = TextNormaliser.strip(raw);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) (c - '０' + '0');
            } else if (c == '＊') {
                c = '*';
            } else if (c == 'ｘ' || c == 'Ｘ') {
                c = 'X';
            }
            b.append(c);
        }
        String text = b.toString().toUpperCase(Locale.ROOT);
        return text.endsWith(".0") && !text.contains("E") ? text.substring(0, text.length() - 2) : text;
    }

    /** Makes a matcher from any roster type (the training views' lean rows, for instance). */
    public static <T> PersonMatcher of(Messages messages, Collection<T> roster, Function<T, Person> person) {
        return new PersonMatcher(messages, roster.stream().map(person).toList());
    }
}
