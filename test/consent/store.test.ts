import { expect } from '@open-wc/testing';
import { createStore } from '../../src/consent/store.js';
import { memoryStorage, type ConsentStorage } from '../../src/consent/storage.js';
import { serializeRecord, createRecord } from '../../src/consent/record.js';

function newStore(storage: ConsentStorage = memoryStorage(), revision = '1') {
  const store = createStore();
  store.configure({
    revision,
    categories: ['necessary', 'statistics', 'social', 'video'],
    services: [
      { name: 'matomo', category: 'statistics' },
      { name: 'twitter', category: 'social' },
      { name: 'facebook', category: 'social' },
    ],
    storage,
  });
  return store;
}

describe('consent store', () => {
  it('has no choice at first and refuses everything but necessary', () => {
    const store = newStore();
    expect(store.record).to.equal(null);
    expect(store.has('necessary')).to.equal(true);
    expect(store.has('statistics')).to.equal(false);
    expect(store.has('matomo')).to.equal(false);
  });

  it('accepts and refuses everything it knows', () => {
    const store = newStore();
    const accepted = store.acceptAll();
    expect(accepted.categories).to.deep.equal({ necessary: true, statistics: true, social: true, video: true });
    expect(accepted.services).to.deep.equal({ matomo: true, twitter: true, facebook: true });
    const refused = store.refuseAll();
    expect(refused.categories).to.deep.equal({ necessary: true, statistics: false, social: false, video: false });
    expect(refused.services).to.deep.equal({ matomo: false, twitter: false, facebook: false });
    expect(refused.id).to.not.equal(accepted.id);
  });

  it('grants a category with all its services, and a category only when all its services are', () => {
    const store = newStore();
    store.update({ social: true });
    expect(store.has('twitter') && store.has('facebook') && store.has('social')).to.equal(true);
    store.update({ twitter: false });
    expect(store.has('social')).to.equal(false);
    expect(store.has('facebook')).to.equal(true);
    store.update({ services: { twitter: true } });
    expect(store.has('social')).to.equal(true);
  });

  it('keeps the other choices on update', () => {
    const store = newStore();
    store.update({ statistics: true });
    store.update({ video: true });
    expect(store.has('statistics') && store.has('video')).to.equal(true);
    expect(store.has('social')).to.equal(false);
  });

  it('ignores unknown names and non-boolean values', () => {
    const store = newStore();
    const record = store.update({ unknown: true, statistics: 'yes' as unknown as boolean, necessary: false });
    expect(record.categories).to.deep.equal({ necessary: true, statistics: false, social: false, video: false });
  });

  it('stores the record and reads it back on the next configure', () => {
    const storage = memoryStorage();
    const first = newStore(storage).update({ statistics: true });
    expect(newStore(storage).record).to.deep.equal(first);
  });

  it('asks again after a revision bump', () => {
    const storage = memoryStorage();
    newStore(storage).acceptAll();
    expect(newStore(storage, '2').record).to.equal(null);
  });

  it('ignores an expired record and a record dated in the future', () => {
    const storage = memoryStorage();
    const old = createRecord({ categories: { necessary: true, statistics: true }, services: {} }, '1', new Date(Date.now() - 400 * 864e5));
    storage.write(serializeRecord(old), new Date(Date.now() + 864e5));
    expect(newStore(storage).record).to.equal(null);
    const future = createRecord({ categories: { necessary: true, statistics: true }, services: {} }, '1', new Date(Date.now() + 3 * 864e5));
    storage.write(serializeRecord(future), new Date(Date.now() + 864e5));
    expect(newStore(storage).record).to.equal(null);
  });

  it('applies the choice in memory when the storage refuses it', () => {
    const store = newStore({ read: () => undefined, write: () => false, clear: () => {} });
    store.acceptAll();
    expect(store.has('statistics')).to.equal(true);
  });

  it('tells every listener, even when one throws, and forgets on reset', () => {
    const store = newStore();
    const seen: (string | null)[] = [];
    store.subscribe(() => {
      throw new Error('a host page bug');
    });
    store.subscribe((record) => seen.push(record ? record.id : null));
    const original = console.error;
    console.error = () => {};
    try {
      const { id } = store.acceptAll();
      store.reset();
      expect(seen).to.deep.equal([id, null]);
    } finally {
      console.error = original;
    }
    expect(store.record).to.equal(null);
  });

  it('hands out copies: changing one does not change the choice', () => {
    const store = newStore();
    store.refuseAll();
    store.record!.categories.statistics = true;
    expect(store.has('statistics')).to.equal(false);
  });
});
