package org.ragbook.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * A reply's words, written once and rendered twice: as the plain-text part and as the HTML part of
 * the same message, so the two never say different things. Every piece of text is escaped in the
 * HTML, including what came from the sender (file names, subjects).
 */
final class ReplyBody {

    /** One piece of a reply, which knows its two forms. */
    private sealed interface Block permits Heading, Text, Items, Link {
        void text(StringBuilder out);

        void html(StringBuilder out);
    }

    private record Heading(String words) implements Block {
        public void text(StringBuilder out) {
            out.append(words).append('\n').append("-".repeat(words.length())).append('\n');
        }

        public void html(StringBuilder out) {
            out.append("<h3>").append(escape(words)).append("</h3>\n");
        }
    }

    private record Text(String words) implements Block {
        public void text(StringBuilder out) {
            out.append(words).append('\n');
        }

        public void html(StringBuilder out) {
            out.append("<p>").append(escape(words)).append("</p>\n");
        }
    }

    private record Items(List<String> items, boolean numbered) implements Block {
        public void text(StringBuilder out) {
            for (int i = 0; i < items.size(); i++) {
                out.append(numbered ? (i + 1) + ". " : "- ").append(items.get(i)).append('\n');
            }
        }

        public void html(StringBuilder out) {
            String tag = numbered ? "ol" : "ul";
            out.append('<').append(tag).append(">\n");
            items.forEach(item -> out.append("<li>").append(escape(item)).append("</li>\n"));
            out.append("</").append(tag).append(">\n");
        }
    }

    private record Link(String label, String url) implements Block {
        public void text(StringBuilder out) {
            out.append(label).append(": ").append(url).append('\n');
        }

        public void html(StringBuilder out) {
            out.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(label)).append("</a></p>\n");
        }
    }

    private final List<Block> blocks = new ArrayList<>();

    ReplyBody heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    ReplyBody text(String text) {
        blocks.add(new Text(text));
        return this;
    }

    ReplyBody items(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Items(List.copyOf(items), false));
        }
        return this;
    }

    ReplyBody numbered(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Items(List.copyOf(items), true));
        }
        return this;
    }

    ReplyBody link(String label, String url) {
        blocks.add(new Link(label, url));
        return this;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            block.text(out);
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    String html() {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: Arial, sans-serif\">\n");
        blocks.forEach(block -> block.html(out));
        return out.append("</body></html>\n").toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
