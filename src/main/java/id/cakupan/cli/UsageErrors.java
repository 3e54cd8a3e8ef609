package id.cakupan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

import id.cakupan.text.Catalogue;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

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
        err.println(command + ": " + describe(ex));
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(catalogue.get("cli.didYouMean", String.join(", ", unmatched.getSuggestions())));
        }
        err.println(catalogue.get("cli.seeHelp", command));
        return Main.EXIT_USAGE;
    }

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
            String names = missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", "));
            return catalogue.get(ex.getMessage() != null && ex.getMessage().startsWith("Missing required parameter for")
                    ? "cli.missingValue" : "cli.missingOption", names);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException) {
            return catalogue.get("cli.repeatedOption", name(ex.getArgSpec()));
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException conversion
                && catalogue.has(String.valueOf(conversion.getMessage()))) {
            return catalogue.get("cli.invalidValue", name(ex.getArgSpec()), ex.getValue(),
                    catalogue.get(conversion.getMessage()));
        }
        return ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg == null ? "" : arg.paramLabel();
    }
}
