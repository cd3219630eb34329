// /core/error-handling/invalid-input: an operation that takes query parameters or a request body documents 400.
export default (operation) => {
  if (operation === null || typeof operation !== 'object') {
    return [];
  }
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  const takesInput = operation.requestBody !== undefined || parameters.some((p) => p && p.in === 'query');
  const responses = operation.responses || {};
  return takesInput && responses['400'] === undefined
    ? [{ message: 'An operation with query parameters or a request body has no 400 response' }]
    : [];
};
