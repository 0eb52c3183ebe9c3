package dev.webstack.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A generated block of a document, between {@code <!-- name:begin -->} and {@code <!-- name:end -->}. */
record MarkedSection(String name) {

    String begin() {
        return "<!-- " + name + ":begin -->\n";
    }

    String end() {
        return "<!-- " + name + ":end -->";
    }

    /** The current generated text of the file, or a usage error naming the missing markers. */
    String read(String text, String fileName) {
        int begin = text.indexOf(begin());
        int end = text.indexOf(end());
        if (begin < 0 || end < begin) {
            throw new WebstackCli.UsageException(fileName + " has no " + begin().strip() + " ... " + end() + " markers");
        }
        return text.substring(begin + begin().length(), end);
    }

    void write(Path file, String fileName, String content) {
        try {
            var text = Files.readString(file);
            var current = read(text, fileName);
            int at = text.indexOf(begin()) + begin().length();
            Files.writeString(file, text.substring(0, at) + content + text.substring(at + current.length()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot update " + file + ": " + e.getMessage(), e);
        }
    }
}
