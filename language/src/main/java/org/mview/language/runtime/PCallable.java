package org.mview.language.runtime;

/**
 * Something Python code can call with positional and keyword arguments. {@code args} holds the
 * positional arguments followed by the values of the keyword arguments, whose names are
 * {@code keywordNames} (empty when there are none).
 */
public interface PCallable {

    String[] NO_KEYWORDS = new String[0];

    Object call(Object[] args, String[] keywordNames);
}
