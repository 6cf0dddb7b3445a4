package org.mview.language.runtime;

/** A language object whose items can be assigned and deleted: {@code x[key] = value}, {@code del x[key]}. */
public interface ItemAssignable {

    void setItem(Object key, Object value);

    void delItem(Object key);
}
