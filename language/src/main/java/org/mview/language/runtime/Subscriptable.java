package org.mview.language.runtime;

/** A language object with Python subscripts: {@code x[key]}; {@link PyOps#getItem} dispatches here. */
public interface Subscriptable {

    Object getItem(Object key);
}
