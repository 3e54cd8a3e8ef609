package id.cakupan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

import id.cakupan.text.Catalogue;

/**
 * A command line that cannot be parsed, told in the reader's language with where to read more:
 * picocli's own messages are English only, so the common cases are worded from the catalogue
 * (unknown option, missing option or value, a value that is not a month or a language).
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private final Catalogue catalogue;

    UsageErrors(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String command = cmd.getCommandSpec().qualifiedName();
        this.args = args;
        err.println(command + ": " + describe(ex));
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            List<String> suggestions = unmatched.getSuggestions();
            String options = suggestions.size() == 1 ? suggestions.get(0) : catalogue.get("cli.or",
                    String.join(", ", suggestions.subList(0, suggestions.size() - 1)), suggestions.get(suggestions.size() - 1));
            err.println(catalogue.get("cli.didYouMean", options));
        }
        err.println(catalogue.get("cli.seeHelp", command));
        return Main.EXIT_USAGE;
    }

    private String[] args = new String[0];

    String describe(ParameterException ex) {
        if (catalogue.has(String.valueOf(ex.getMessage()))) {
            return catalogue.get(ex.getMessage());
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> what = unmatched.getUnmatched();
            String first = what.isEmpty() ? "" : what.get(0);
            return unmatched.isUnknownOption() ? catalogue.get("cli.unknownOption", first)
                    : catalogue.get("cli.unexpectedArgument", String.join(" ", what));
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            String names = specs.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
            // given but without its value (--out at the end, or followed by another option), or not given at all
            boolean given = specs.stream().anyMatch(spec -> spec instanceof OptionSpec option
                    && List.of(args).stream().anyMatch(arg -> List.of(option.names()).contains(arg.split("=", 2)[0])));
            return catalogue.get(given ? "cli.missingValue" : "cli.missingOption", names);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
            return catalogue.get("cli.repeatedOption", name(overwritten.getOverwritten()));
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException conversion
                && catalogue.has(String.valueOf(conversion.getMessage()))) {
            return catalogue.get("cli.invalidValue", name(ex.getArgSpec()), ex.getValue(),
                    catalogue.get(conversion.getMessage()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return catalogue.get("cli.invalidValue", name(ex.getArgSpec()), ex.getValue(),
                    catalogue.get("cli.value.invalid"));
        }
        // picocli's own English words, for the rare cases above do not cover
        return ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg == null ? "" : arg.paramLabel();
    }
}
