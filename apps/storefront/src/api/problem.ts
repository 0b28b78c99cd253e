// One parser for both apps: the SDK reads the API's RFC 9457 problems.
export { ApiProblem, dataOf } from '@hexamall/sdk';
