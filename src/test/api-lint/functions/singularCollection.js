// /core/naming-collections: the segment right before a path parameter names a collection, so it is a plural.
// Dutch plurals end in -en or -s ('s), English ones in -s; anything else is reported for a person to judge.
export default (path) => {
  if (typeof path !== 'string') {
    return [];
  }
  const segments = path.split('/');
  const singular = [];
  for (let i = 1; i < segments.length; i++) {
    if (segments[i].startsWith('{') && !segments[i - 1].startsWith('{') && segments[i - 1] !== '') {
      const name = segments[i - 1];
      if (!/(en|s)$/.test(name)) {
        singular.push(name);
      }
    }
  }
  return singular.map((name) => ({ message: `'${name}' is followed by an identifier but does not read as a plural` }));
};
